// The multer middleware for upload requests: files held in memory within the size and count limits from config,
// and multer's and busboy's errors (limits, malformed multipart bodies) turned into clear 4xx AppErrors, never a 500.
import type { RequestHandler } from 'express';
import multer from 'multer';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

export const uploadField = 'files';

function multerErrorToAppError(error: unknown, config: Config): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof multer.MulterError)) {
    return new AppError(400, 'invalid_upload', 'The upload request could not be read. Send the files as multipart/form-data.');
  }
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new AppError(413, 'file_too_large', `A file is larger than the limit of ${Math.floor(config.uploads.maxBytes / 1_048_576)} MB.`, { file: error.field });
    case 'LIMIT_FILE_COUNT':
      return new AppError(413, 'too_many_files', `Upload at most ${config.uploads.maxFiles} files at once.`);
    case 'LIMIT_UNEXPECTED_FILE':
      return new AppError(400, 'unexpected_field', `Send files in the form field "${uploadField}".`, { field: error.field });
    default:
      return new AppError(400, 'invalid_upload', `The upload request was not understood (${error.message}).`);
  }
}

/** Parses `multipart/form-data` with up to config.uploads.maxFiles files in the field `files`. */
export function uploadIntake(config: Config): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: config.uploads.maxBytes, files: config.uploads.maxFiles, fields: 10, fieldSize: 4096, parts: config.uploads.maxFiles + 10 },
  }).array(uploadField, config.uploads.maxFiles);
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => next(error === undefined ? undefined : multerErrorToAppError(error, config)));
  };
}
