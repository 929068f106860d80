// English texts of the practice editor's authoring tools: the attachments step, the preview, scheduling in local time
// and collection sections.

export const enAuthoring = {
  'editor.step.attachments': 'Attachments',
  'editor.attachmentsIntro': 'Photos, handouts and reports that show the practice. Give each file its own licence, a caption if it helps, and for each image a short description of what it shows. The order here is the order readers see.',
  'editor.attachmentsAttached': 'Attached files',
  'editor.attachmentsNone': 'No files are attached yet.',
  'editor.attachmentsAdd': 'Add files',
  'editor.attachmentsLocked': 'The files of this practice cannot be changed in its current state.',
  'editor.attachmentOwnLicence': 'Licence of this file',
  'editor.attachmentSave': 'Save details of {name}',
  'editor.attachmentMoveUp': 'Move up',
  'editor.attachmentMoveDown': 'Move down',
  'editor.attachmentMoveUpLabel': 'Move {name} up',
  'editor.attachmentMoveDownLabel': 'Move {name} down',
  'editor.attachmentRemove': 'Remove {name}',
  'editor.attachmentSaved': 'The details of the file were saved.',
  'editor.attachmentMoved': 'The file was moved.',
  'editor.attachmentRemoved': 'The file was removed from the practice.',
  'editor.previewHint': 'This is the practice as readers will see it once it is published, with its fact box and attachments; the contact details are shown to signed-in members only.',
  'schedule.goesLive': 'Goes live on {when}.',
  'schedule.when': 'Publish on (date and time)',
  'schedule.whenHint': 'In the time zone chosen below; the practice goes live by itself then.',
  'schedule.timeZone': 'Time zone',
  'editor.continueToPreview': 'Continue to the preview',
} as const;
