import { builder } from '../builder.js';
import type { Passage } from '../model/paragraph.js';

export const PassageRef = builder.objectRef<Passage>('Passage');
PassageRef.implement({
  description: 'A stretch of a document’s text around a span, for reading a sentence in its context (extension).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'Exactly the UTF-16 slice [start, end) of the document’s text.' }),
    start: t.exposeInt('start', { description: 'UTF-16 code unit index into the document’s text.' }),
    end: t.exposeInt('end'),
  }),
});
