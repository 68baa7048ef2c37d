import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import openapi from './openapi';
import { createPublicReadController, createPublicSingleController } from './public-read';
import trustObjective from './trust-objective';

type Factory = ({ strapi }: { strapi: Core.Strapi }) => unknown;
const publicRead = (uid: Parameters<typeof createPublicReadController>[1]): Factory =>
  ({ strapi }) => createPublicReadController(strapi, uid);

export default {
  academy: publicRead(UID.ACADEMY),
  'objectives-plan': publicRead(UID.PLAN),
  objective: publicRead(UID.OBJECTIVE),
  statement: publicRead(UID.STATEMENT),
  'equality-information': publicRead(UID.INFORMATION),
  trust: (({ strapi }) => createPublicSingleController(strapi, UID.TRUST)) as Factory,
  'trust-objective': trustObjective,
  openapi,
};
