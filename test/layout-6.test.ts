/** The layout matrix (test/support/layout-matrix.ts) for its sixth share of the languages. */
import {describeLayout} from './support/layout-matrix.js';

describeLayout(5, 6);
