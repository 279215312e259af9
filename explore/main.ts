/**
 * The explorer (/explore): an interactive view of the knowledge graph whose only backend is the
 * service's GraphQL API. The production bundle's entry; test builds start from test-main.ts.
 */
import { Explorer } from './app.js';

const explorer = new Explorer();
void explorer.render();
