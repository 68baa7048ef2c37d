/**
 * Mail goes through Strapi's email plugin and an SMTP server (nodemailer) when SMTP_HOST is set; without
 * it the email plugin is left alone and deadline reminders are logged instead of sent.
 */
function smtpEmail(env) {
  const host = env('SMTP_HOST');
  if (!host) return {};
  const from = env('SMTP_FROM');
  if (!from) throw new Error('SMTP_FROM is required when SMTP_HOST is set, e.g. "Equality Hub <equality@trust.example>"');
  const user = env('SMTP_USER');
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port: env.int('SMTP_PORT', 587),
          secure: env.bool('SMTP_SECURE', false),
          ...(user ? { auth: { user, pass: env('SMTP_PASS') } } : {}),
        },
        settings: { defaultFrom: from, defaultReplyTo: from },
      },
    },
  };
}

export default ({ env }) => ({
  equality: {
    enabled: true,
    resolve: '../plugins/equality',
    // Unset variables keep the plugin's defaults (daily at 07:00 Europe/London, 60, 30 and 7 days ahead).
    config: {
      reminders: {
        delivery: env('SMTP_HOST') ? 'email' : 'log',
        time: env('REMINDER_TIME'),
        timeZone: env('REMINDER_TIME_ZONE'),
        leadDays: env('REMINDER_LEAD_DAYS'),
      },
    },
  },
  ...smtpEmail(env),
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '8h' },
    },
  },
});
