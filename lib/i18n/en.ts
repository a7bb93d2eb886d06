// English catalog: partial for now; missing keys fall back to Chinese.
import type { Messages } from "./zh-CN";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

export const en: DeepPartial<Messages> = {
  app: { name: "Climate Finance Pipeline", subtitle: "气候投融资项目库", demoBadge: "Demo data" },
  nav: { workspace: "Workspace", bankHome: "Bank portal", cockpit: "Cockpit", ownerHome: "Project owner", signOut: "Sign out" },
  login: { title: "Sign in", username: "Username", password: "Password", submit: "Sign in" },
};
