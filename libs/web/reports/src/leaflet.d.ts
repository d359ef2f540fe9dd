// Leaflet 1.9 ships an ES module build without naming it in package.json; its types are @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
