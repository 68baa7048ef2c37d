/**
 * What the admin's objectives upload page receives from its routes (controllers/objectives-import.ts),
 * beside the preview itself: type-only, so the admin bundle can import it without any server code.
 */
import type { ImportPreview } from '@equality-hub/domain';
import type { ObjectivesPreview } from './preview';

export interface ImportablePlan {
  documentId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

export interface ImportableAcademy {
  slug: string;
  name: string;
  /** Its plans, newest first, that a file may be appended to. */
  plans: ImportablePlan[];
}

export interface ObjectivesImportOptions {
  /** The academies the user works on. */
  academies: ImportableAcademy[];
  /** The labels of the vocabulary values a preview holds, by field. */
  labels: Record<'psedAims' | 'protectedCharacteristics' | 'targetGroups' | 'recurrence', Record<string, string>>;
}

export interface ObjectivesImportResult {
  preview: ObjectivesPreview;
  /** The draft plan created, or the plan appended to. */
  planDocumentId: string;
  planCreated: boolean;
  /** The draft objectives created, in the order of the file. */
  objectiveDocumentIds: string[];
}

export type ObjectivesImportPreview = ImportPreview<ObjectivesPreview>;
