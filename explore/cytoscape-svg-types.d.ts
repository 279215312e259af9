// cytoscape-svg adds Core.svg() and ships no types.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** The drawing as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
