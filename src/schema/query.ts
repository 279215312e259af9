import { builder } from '../builder.js';

builder.queryType({
  fields: (t) => ({
    apiVersion: t.string({
      description: 'Version of this service\'s API (extension).',
      resolve: () => '1',
    }),
  }),
});
