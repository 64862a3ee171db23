import type { SessionHooks } from './manager.js';

/**
 * One SessionHooks object that calls several in order (the game runtime, then rooms): every
 * lifecycle hook goes to each part that has it; onAction and the room hooks go to the first part
 * that has them, since each has one answer.
 */
export function combineHooks(...parts: SessionHooks[]): SessionHooks {
  const each = <K extends keyof SessionHooks>(name: K) => parts.filter((p) => p[name] !== undefined);
  const first = <K extends keyof SessionHooks>(name: K) => parts.find((p) => p[name] !== undefined);
  const open = each('onOpen');
  const location = each('onLocation');
  const close = each('onClose');
  const detach = each('onDetach');
  const resume = each('onResume');
  const snapshot = each('onSnapshotRequest');
  const action = first('onAction');
  const join = first('onRoomJoin');
  const leave = first('onRoomLeave');
  const message = first('onRoomMessage');
  return {
    ...(open.length ? { onOpen: (s) => open.forEach((p) => p.onOpen!(s)) } : {}),
    ...(location.length
      ? { onLocation: (s, r, now) => location.forEach((p) => p.onLocation!(s, r, now)) }
      : {}),
    ...(close.length ? { onClose: (s, reason) => close.forEach((p) => p.onClose!(s, reason)) } : {}),
    ...(detach.length ? { onDetach: (s) => detach.forEach((p) => p.onDetach!(s)) } : {}),
    ...(resume.length ? { onResume: (s, snap) => resume.forEach((p) => p.onResume!(s, snap)) } : {}),
    ...(snapshot.length
      ? { onSnapshotRequest: (s) => snapshot.forEach((p) => p.onSnapshotRequest!(s)) }
      : {}),
    ...(action ? { onAction: (s, r) => action.onAction!(s, r) } : {}),
    ...(join ? { onRoomJoin: (s, r, now) => join.onRoomJoin!(s, r, now) } : {}),
    ...(leave ? { onRoomLeave: (s, r) => leave.onRoomLeave!(s, r) } : {}),
    ...(message ? { onRoomMessage: (s, m, now) => message.onRoomMessage!(s, m, now) } : {}),
  };
}
