import { commonCount } from './anchors';
import { ANCHOR_KINDS, type SideRuns } from './side-runs';

const KINDS = ANCHOR_KINDS.length;
const EMPTY = new Int32Array(0);
const UNKNOWN = -1;

/**
 * How many anchors of each kind one source sentence shares with one target sentence, for the pairs
 * near the diagonal, counted when first asked. A run of sentences can share no more with another run
 * than its sentences share pairwise, so these sums bound a joined bead's anchor cost without merging
 * its runs' anchors — which most beads then never need.
 */
export class PairCommons {
  private readonly counts: Int16Array;

  constructor(
    private readonly src: SideRuns,
    private readonly tgt: SideRuns,
    /** The first target sentence each source sentence may be paired with… */
    private readonly rowLow: Int32Array,
    /** …and how many from there on. */
    private readonly rowWidth: number,
  ) {
    this.counts = new Int16Array(rowLow.length * rowWidth * KINDS).fill(UNKNOWN);
  }

  /**
   * Adds what source sentences i..i+a−1 share pairwise with target sentences j..j+b−1 into `sums`
   * (one slot per anchor kind). False when a pair lies outside the table: then there is no bound.
   */
  addShared(a: number, i: number, b: number, j: number, sums: Int32Array): boolean {
    sums.fill(0);
    for (let x = i; x < i + a; x++)
      for (let y = j; y < j + b; y++) {
        const at = this.slot(x, y);
        if (at < 0) return false;
        for (let k = 0; k < KINDS; k++) sums[k] = (sums[k] ?? 0) + (this.counts[at + k] ?? 0);
      }
    return true;
  }

  private slot(i: number, j: number): number {
    const offset = j - (this.rowLow[i] ?? 0);
    if (i >= this.rowLow.length || offset < 0 || offset >= this.rowWidth) return -1;
    const at = (i * this.rowWidth + offset) * KINDS;
    if (this.counts[at] === UNKNOWN) {
      const source = this.src.anchors;
      const target = this.tgt.anchors;
      for (let k = 0; k < KINDS; k++) {
        const kind = ANCHOR_KINDS[k] ?? 'strong';
        const shared = commonCount(source[kind][i] ?? EMPTY, target[kind][j] ?? EMPTY);
        this.counts[at + k] = Math.min(32767, shared);
      }
    }
    return at;
  }
}
