declare module "seedrandom/lib/alea.js" {
  interface AleaPrng {
    (): number;
    state(): object;
  }
  /** The alea generator of seedrandom; `state: true` makes its state readable, an object resumes it. */
  export default function alea(seed: string, options?: { state?: boolean | object }): AleaPrng;
}
