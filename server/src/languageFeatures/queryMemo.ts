// Answers to the corpus questions a draft's words ask (a quotation's sources, a sentence's support),
// remembered by those words under one corpus view. One memo serves a language service's drafts:
// after an edit, the unchanged sentences and quotations of the edited paragraph, and a quotation
// repeated elsewhere, are not looked up again. A new view (the index changed) starts afresh.
export class QueryMemo {
  private view: object | undefined;
  private readonly answers = new Map<string, unknown>();

  /** A quotation's verdict holds up to a few dozen aligned source quotes: some KB each. */
  constructor(private readonly capacity = 4_000) {}

  /** The answer for `key` under `view`, computed once (least recently used dropped past capacity). */
  get<T>(view: object, key: string, compute: () => T): T {
    if (view !== this.view) {
      this.answers.clear();
      this.view = view;
    }
    if (this.answers.has(key)) {
      const known = this.answers.get(key) as T;
      // Re-insert: the map's order is the eviction order.
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const answer = compute();
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }

  get size(): number {
    return this.answers.size;
  }
}
