import { winston } from '@strapi/logger';

export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL ?? 'http',
      // Logs go to stderr so that commands which print a result on stdout (imports' --dry-run) keep it clean.
      stderrLevels: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'],
      format: winston.format.combine(winston.format.colorize(), winston.format.simple()),
    }),
  ],
};
