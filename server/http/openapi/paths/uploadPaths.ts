// OpenAPI descriptions of /api/uploads: multipart upload, metadata, and attaching to or detaching from an item.
import { uploadField } from '../../../uploads/limits.js';
import { attachUploadSchema, detachUploadSchema } from '../../../commands/uploads/schemas.js';
import type { ApiOperation } from '../registry.js';
import { act, readItem } from './common.js';

const tag = 'uploads';

export const uploadPaths: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/uploads',
    tag,
    summary: `Upload files (multipart/form-data, form field "${uploadField}"); images get resized renditions`,
    description: 'Answers `{ data: [...uploads] }`. 400 no_files / invalid_upload / unexpected_field, 413 file_too_large / too_many_files, 415 unsupported_file_type / unsafe_file / damaged_file.',
    filesField: uploadField,
    responses: { 201: 'json', 400: 'none', 401: 'none', 403: 'none', 413: 'none', 415: 'none' },
  },
  { method: 'get', path: '/api/uploads/:id', tag, summary: 'An upload’s metadata (its owner, or anyone who may see an item it is attached to)', responses: readItem },
  { method: 'post', path: '/api/uploads/:id/attach', tag, summary: 'Attach an upload to a practice, resource, post or the own avatar, with its licence (400 not_an_image)', body: attachUploadSchema, responses: { ...act, 409: 'none' } },
  { method: 'post', path: '/api/uploads/:id/detach', tag, summary: 'Detach an upload from an item', body: detachUploadSchema, responses: { ...act, 409: 'none' } },
];
