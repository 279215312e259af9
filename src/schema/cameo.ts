import { builder } from '../builder.js';
import { QUAD_CLASS_NAMES, type QuadClass } from '../model/cameo.js';

export interface CameoShape {
  code: string;
  label: string | null;
  quadClass: number | null;
}

export const CameoRef = builder.objectRef<CameoShape>('Cameo');
CameoRef.implement({
  description: 'The CAMEO event code of an interaction between actors (Schrodt 2012) and its GDELT QuadClass.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'e.g. 139 give ultimatum, 112 accuse, 1312 threaten sanctions.' }),
    label: t.exposeString('label', { nullable: true }),
    quadClass: t.exposeInt('quadClass', { nullable: true, description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.' }),
    quadClassName: t.string({ nullable: true, resolve: (c) => (c.quadClass ? QUAD_CLASS_NAMES[c.quadClass as QuadClass] : null) }),
  }),
});
