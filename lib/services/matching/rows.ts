// Eligible pairs on their way to the Match table: one array per column, no object per pair, since
// a full re-match makes about a million of them.

/**
 * The reasons column holds each pair's factor points to a tenth, as JSON. Only about one pair in
 * ten has points no earlier pair had, so each distinct text is made (and on PostgreSQL parsed)
 * once and pairs refer to it by number.
 */
export class MatchRows {
  readonly projectId: number[] = [];
  readonly productId: number[] = [];
  readonly score: number[] = [];
  /** Index into `reasons` of each pair's text. */
  readonly reason: number[] = [];
  readonly reasons: string[] = [];
  private readonly reasonIds = new Map<number | string, number>();

  get length(): number {
    return this.projectId.length;
  }

  add(projectId: number, productId: number, score: number, points: readonly (number | null)[]): void {
    const key = keyOf(points);
    let id = this.reasonIds.get(key);
    if (id === undefined) {
      id = this.reasons.length;
      this.reasonIds.set(key, id);
      this.reasons.push(JSON.stringify(points.map(tenth)));
    }
    this.projectId.push(projectId);
    this.productId.push(productId);
    this.score.push(score);
    this.reason.push(id);
  }
}

const tenth = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/**
 * Points to a tenth, ten bits a factor (null as 0): a number that names the text exactly while
 * there are at most five factors of 0–102 points; anything else is keyed by the text itself.
 */
function keyOf(points: readonly (number | null)[]): number | string {
  if (points.length <= 5) {
    let key = 0;
    for (const x of points) {
      const bits = x === null ? 0 : Math.round(x * 10) + 1;
      if (!(bits >= 0 && bits < 1024)) return JSON.stringify(points.map(tenth));
      key = key * 1024 + bits;
    }
    return key;
  }
  return JSON.stringify(points.map(tenth));
}
