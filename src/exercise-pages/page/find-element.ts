/** Finding the elements a page script needs, failing loudly when the page and its script have drifted apart. */

/** The first element in `root` matching `selector`; throws naming the script (`owner`) and the selector if none. */
export function requireElement<T extends Element>(root: ParentNode, selector: string, owner: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${owner}: ${selector} is missing`);
  return found;
}
