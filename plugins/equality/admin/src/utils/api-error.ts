/** What the admin shows of a failed request: Strapi's error message and details, or the error itself. */
import { isFetchError } from '@strapi/strapi/admin';

export function apiErrorOf(error: unknown): { message: string; details: Record<string, unknown> | undefined } {
  if (isFetchError(error)) {
    const apiError = error.response?.data?.error;
    return { message: apiError?.message ?? error.message, details: apiError?.details as Record<string, unknown> | undefined };
  }
  return { message: error instanceof Error ? error.message : String(error), details: undefined };
}
