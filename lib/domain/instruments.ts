// Which financing instruments count as "green financing" (绿色融资) in the bureau's reports:
// the ADB loan and fiscal money are reported on their own lines.
export const GREEN_INSTRUMENTS = ["GREEN_LOAN", "GREEN_BOND", "GREEN_FUND", "PLEDGE_LOAN", "TRANSITION_LOAN"] as const;
