import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Problem from './Problem.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Troubleshooting from './Troubleshooting.astro';

/** Everything a guide's MDX can use without importing it. */
export const mdxComponents = { Callout, Figure, Problem, Step, Steps, Troubleshooting };
