/** Entry of the /review page (see review-page.ts); built with the explorer by scripts/build-explore.ts. */
import { ReviewPage } from './review-page.js';

void new ReviewPage().start();
