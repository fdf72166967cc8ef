// The smallest page for capture_shell: prints through console.log.
// tools/demo runs every example here.
const engine = typeof navigator === 'object' && navigator.mediaDevices
    ? 'with navigator.mediaDevices'
    : 'without navigator.mediaDevices yet';
console.log(`capture_shell runs JavaScript (${engine}).`);
console.log('6 * 7 =', 6 * 7);
