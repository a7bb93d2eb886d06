// The demo accounts, shown on the sign-in page of a demo instance and in the README.
export const DEMO_PASSWORD = "Demo#2025";

export const DEMO_ACCOUNTS = [
  { username: "admin", label: "生态环境局管理员" },
  { username: "staff", label: "生态环境局业务人员" },
  { username: "bank1", label: "银行（工商银行湘潭分行）" },
  { username: "bank2", label: "银行（建设银行湘潭分行）" },
  { username: "leader", label: "领导" },
  { username: "owner", label: "项目单位（城建投）" },
] as const;
