/** The layout matrix (test/support/layout-matrix.ts) for its second share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(1, 6);
