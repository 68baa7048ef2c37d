import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import deadlines from './deadlines';
import objectivesImport from './objectives-import';
import openapi from './openapi';
import payGapReport from './pay-gap-report';
import payImport from './pay-import';
import planExport from './plan-export';
import { createPublicReadController, createPublicSingleController } from './public-read';
import restricted from './restricted';
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
  'pay-gap-report': payGapReport,
  'pay-import': payImport,
  'objectives-import': objectivesImport,
  'plan-export': planExport,
  restricted,
  deadlines,
  openapi,
};
