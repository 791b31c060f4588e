// ● ▲ ★ ◆ before an item name flag it in ways that vary by province: split them off and keep
// them as data, never guess their meaning.
const MARKER = /^[●▲★◆■◎※△○]/u;

export function splitMarkers(name: string): { name: string; markers: string[] } {
  const markers: string[] = [];
  let rest = name;
  for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) {
    markers.push(m[0]);
    rest = rest.slice(m[0].length).trimStart();
  }
  return { name: rest, markers };
}
