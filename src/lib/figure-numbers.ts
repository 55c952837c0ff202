import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';

/**
 * Numbers the <Figure> elements of an MDX guide in document order (図 1 / Figure 1 …)
 * by adding an `n` attribute, so authors never number figures by hand and both
 * languages number the same figure the same way. A factory, so the count restarts per file.
 */
export function figureNumbers(_ctx: PluginFactoryContext) {
  let n = 0;
  return defineMdastPlugin({
    name: 'figure-numbers',
    mdxJsxFlowElement(node, ctx) {
      if (node.name !== 'Figure') return;
      n += 1;
      const attributes = node.attributes.filter((a) => !('name' in a) || a.name !== 'n');
      // Sätteri nodes are read-only views: replace the element with a numbered copy.
      ctx.replaceNode(node, { ...node, attributes: [...attributes, { type: 'mdxJsxAttribute', name: 'n', value: String(n) }] });
    },
  });
}
