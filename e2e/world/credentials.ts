/** Static fake AWS credentials: moto accepts any, and nothing here reaches AWS. */
export const AWS_CREDENTIALS_FOR_STORE = { accessKeyId: 'AKIAE2EROTATION00001', secretAccessKey: 'e2e-static-secret-key' };
