// Loads every area's attachment registrations (who may see and change the files attached to its things), so the
// uploads area knows them whichever entry point — server, CLI or test — started Praxis.
import './practices/practiceAttachments.js';
import './resources/resourceFile.js';
import './communities/postAttachments.js';
