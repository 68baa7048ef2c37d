/** English academic years, "2025/26": 1 September 2025 to 31 August 2026. */
import { AcademicYear } from '@equality-hub/domain';

/** Whether a value names two consecutive years, such as "2025/26" (not "2025/27"). */
export function isAcademicYear(value: string): boolean {
  return AcademicYear.safeParse(value).success && (Number(value.slice(0, 4)) + 1) % 100 === Number(value.slice(5));
}

/** 1 September to 31 August of an academic year such as "2025/26". */
export function academicYearBounds(academicYear: string) {
  const start = Number(academicYear.slice(0, 4));
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** The academic years from `first` to `last` inclusive, in order: "2023/24", "2024/25", … */
export function academicYearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let start = Number(first.slice(0, 4)); start <= Number(last.slice(0, 4)); start += 1) {
    years.push(`${start}/${String((start + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}
