/** The layout matrix (test/support/layout-matrix.ts) for its first share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(0, 6);
