// Names of the Socket.IO rooms the server broadcasts to, shared by commands (which announce) and the realtime layer.
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const userChannel = (userId: string): string => `user:${userId}`;
