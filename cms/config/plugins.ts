export default ({ env }) => ({
  equality: {
    enabled: true,
    resolve: '../plugins/equality',
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '8h' },
    },
  },
});
