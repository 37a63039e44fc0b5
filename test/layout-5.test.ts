/** The layout matrix (test/support/layout-matrix.ts) for its fifth share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(4, 6);
