/** A minimal typed event emitter that works the same in browsers and Node. */
type Listener<A extends unknown[]> = (...args: A) => void;

/**
 * Listener lists are replaced, never changed in place, when a listener is added or removed, so
 * `emit` walks the list it found without copying it (a room's `change` fires for every update):
 * a listener added or removed by another during an emit takes effect from the next one.
 */
export class Emitter<Events extends { [K in keyof Events]: unknown[] }> {
  private readonly listeners: { [K in keyof Events]?: readonly Listener<Events[K]>[] } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    this.listeners[event] = [...(this.listeners[event] ?? []), listener];
    return () => this.off(event, listener);
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const off = this.on(event, (...args: Events[K]) => {
      off();
      listener(...args);
    });
    return off;
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const list = this.listeners[event];
    if (!list) return;
    const i = list.indexOf(listener);
    if (i >= 0) this.listeners[event] = [...list.slice(0, i), ...list.slice(i + 1)];
  }

  /** Whether anything listens to `event` (to skip work whose only use is an event's argument). */
  protected hasListeners<K extends keyof Events>(event: K): boolean {
    const list = this.listeners[event];
    return list !== undefined && list.length > 0;
  }

  protected emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    const list = this.listeners[event];
    if (!list) return;
    for (let i = 0; i < list.length; i++) list[i]!(...args);
  }

  removeAllListeners(): void {
    for (const k of Object.keys(this.listeners)) delete this.listeners[k as keyof Events];
  }
}
