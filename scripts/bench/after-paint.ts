/**
 * In-page JavaScript (as source text: the bench's own TypeScript has no DOM types) that resolves
 * once a frame has been painted. requestAnimationFrame runs just before the frame's style, layout
 * and paint; a message posted from it is delivered only after them.
 */
export const AFTER_PAINT_JS = `
  function benchAfterNextPaint(callback) {
    requestAnimationFrame(() => benchAfterThisFrame(callback));
  }
  function benchAfterThisFrame(callback) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  }
`;
