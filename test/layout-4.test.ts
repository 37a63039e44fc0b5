/** The layout matrix (test/support/layout-matrix.ts) for its fourth share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(3, 6);
