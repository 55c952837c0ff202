/**
 * Everything a page does with JavaScript before the reader asks for more, as one module: the
 * behaviours of the components, each kept beside its component and each doing nothing on a page
 * without its elements. As one file it compresses to 1.8 KB, where the same code as seven small
 * files took 2.6 KB and seven requests. Search and the simulators are fetched later,
 * on intent (search-box.ts, try-steps.ts).
 */
import './theme-toggle';
import './language-switch';
import './search-box';
import '../guide/guide-toc';
import '../guide/figure-zoom';
import '../guide/code-copy';
import '../guide/try-steps';
import '../content/diagnosis';
