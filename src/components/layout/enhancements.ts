/**
 * What every page does with JavaScript before the reader asks for more, as one module: the
 * behaviours of the layout's components and the guide's table of contents, each kept beside its
 * component and doing nothing on a page without its elements. Behaviours only some pages have
 * (Try this step and figure zoom on guides with figures, code copy, the troubleshooting
 * diagnosis) are their components' own scripts, so an article loads at most about 3 KB before
 * any click. Search and the simulators are fetched later, on intent (search-box.ts, try-steps.ts).
 */
import './theme-toggle';
import './language-switch';
import './search-box';
import '../guide/guide-toc';
