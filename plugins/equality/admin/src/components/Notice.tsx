/** A message that stays while its cause does (the design system's Alert always offers to close). */
import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

const COLOURS = {
  info: { background: 'primary100', borderColor: 'primary200' },
  warning: { background: 'warning100', borderColor: 'warning200' },
  danger: { background: 'danger100', borderColor: 'danger200' },
} as const;

export function Notice({ variant, title, children }: { variant: keyof typeof COLOURS; title: string; children: React.ReactNode }) {
  return (
    <Box {...COLOURS[variant]} padding={4} hasRadius role={variant === 'danger' ? 'alert' : 'status'}>
      <Typography fontWeight="bold">{title}</Typography> <Typography>{children}</Typography>
    </Box>
  );
}
