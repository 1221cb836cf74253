// cytoscape-fcose ships no types: its default export is a Cytoscape extension, its options a layout's.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
