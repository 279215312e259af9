// Neither extension ships type declarations.
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';
  const fcose: cytoscape.Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const svg: cytoscape.Ext;
  export default svg;
}
