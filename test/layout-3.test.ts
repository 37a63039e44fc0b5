/** The layout matrix (test/support/layout-matrix.ts) for its third share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(2, 6);
