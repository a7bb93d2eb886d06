"use client";

/** The demo accounts of a demo instance: one click signs in as that account. */
export function DemoAccounts({ title, accounts, disabled, onPick }: {
  title: string;
  accounts: readonly { username: string; label: string }[];
  disabled: boolean;
  onPick: (username: string) => void;
}) {
  return (
    <div className="mt-6 border-t border-slate-100 pt-4 text-sm" data-testid="demo-accounts">
      <p className="mb-2 text-xs text-slate-500">{title}</p>
      <ul className="space-y-1">
        {accounts.map((a) => (
          <li key={a.username}>
            <button type="button" disabled={disabled} onClick={() => onPick(a.username)}
              className="flex w-full items-center justify-between rounded px-2 py-1 text-left hover:bg-brand-50 disabled:opacity-60">
              <code className="text-slate-800">{a.username}</code>
              <span className="text-slate-500">{a.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
