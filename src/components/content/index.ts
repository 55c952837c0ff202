import Callout from './Callout.astro';
import Diagnosis from './Diagnosis.astro';
import Figure from './Figure.astro';
import Problem from './Problem.astro';
import Question from './Question.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Troubleshooting from './Troubleshooting.astro';

/** Everything a guide's MDX can use without importing it. */
export const mdxComponents = { Callout, Diagnosis, Figure, Problem, Question, Step, Steps, Troubleshooting };
