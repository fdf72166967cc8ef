#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Writes the hand-made seed corpora of the fuzzers into
testing/fuzz/corpus/<target>/ (checked in; run again only to change them).
Every file is made here, a few bytes to a few KB: valid and slightly broken
Y4M and WAV headers, driver buffers of each pixel format (the MJPEG ones
encoded with libturbojpeg through ctypes), permission files, small pages,
and byte strings that the structured fuzzers decode into constraints.
"""

import ctypes
import os
import struct

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, 'corpus')


def write(target, name, data):
    path = os.path.join(CORPUS, target, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)


def y4m():
    t = 'y4m_reader_fuzzer'
    frame = bytes(range(12))  # 4x2 I420: 8 luma + 2 + 2 chroma.
    write(t, 'two_frames.y4m',
          b'YUV4MPEG2 W4 H2 F30:1 Ip A1:1 C420jpeg\n' +
          (b'FRAME\n' + frame) * 2)
    write(t, 'mono_params.y4m',
          b'YUV4MPEG2 W2 H2 F25:2 Cmono XYSCSS=MONO\n'
          b'FRAME Ixyz\n' + bytes(4))
    write(t, 'default_rate.y4m', b'YUV4MPEG2 H1 W1\nFRAME\n\x10\x80\x80')
    write(t, 'truncated_last.y4m',
          b'YUV4MPEG2 W4 H2 C420\nFRAME\n' + frame + b'FRAME\n' + frame[:5])
    write(t, 'unsupported_444.y4m', b'YUV4MPEG2 W2 H2 C444\nFRAME\n' + bytes(12))
    write(t, 'garbage_frame.y4m',
          b'YUV4MPEG2 W2 H2\nFRAME\n' + bytes(6) + b'FRAMX\n' + bytes(6))


def riff(chunks):
    body = b'WAVE' + b''.join(
        tag + struct.pack('<I', len(data)) + data + (b'\0' if len(data) % 2
                                                     else b'')
        for tag, data in chunks)
    return b'RIFF' + struct.pack('<I', len(body)) + body


def fmt(tag, channels, rate, bits):
    block = channels * bits // 8
    return struct.pack('<HHIIHH', tag, channels, rate, rate * block, block,
                       bits)


def wav():
    t = 'wav_reader_fuzzer'
    pcm = struct.pack('<8h', 0, 1000, -1000, 32767, -32768, 5, 6, 7)
    write(t, 'pcm16_stereo.wav',
          riff([(b'fmt ', fmt(1, 2, 48000, 16)), (b'data', pcm)]))
    floats = struct.pack('<4f', 0.0, 0.5, -2.0, float('nan'))
    write(t, 'float32_mono_list.wav',
          riff([(b'fmt ', fmt(3, 1, 44100, 32)), (b'LIST', b'INFOabcd'),
                (b'data', floats)]))
    # WAVE_FORMAT_EXTENSIBLE with the PCM subformat GUID.
    ext = fmt(0xfffe, 1, 16000, 16) + struct.pack(
        '<HHI', 22, 16, 4) + bytes.fromhex('0100000000001000800000aa00389b71')
    write(t, 'extensible_pcm.wav',
          riff([(b'fmt ', ext), (b'data', struct.pack('<4h', 1, 2, 3, 4))]))
    # A data chunk that says it is larger than the file (a stream whose
    # writer never fixed the size).
    data = riff([(b'fmt ', fmt(1, 1, 22050, 16)), (b'data', bytes(6))])
    write(t, 'oversized_data.wav', data[:-10] + struct.pack('<I', 0xffffffff) +
          bytes(6))
    write(t, 'no_data.wav', riff([(b'fmt ', fmt(1, 1, 48000, 16))]))


def tj_encode(width, height, subsampling):
    """A width x height gradient as JPEG, with libturbojpeg."""
    lib = ctypes.CDLL('libturbojpeg.so.0')
    lib.tjInitCompress.restype = ctypes.c_void_p
    handle = lib.tjInitCompress()
    pixels = bytes((x * 40 + y * 20 + c * 60) % 256 for y in range(height)
                   for x in range(width) for c in range(3))
    out = ctypes.POINTER(ctypes.c_ubyte)()
    size = ctypes.c_ulong(0)
    TJPF_RGB = 0
    if lib.tjCompress2(ctypes.c_void_p(handle), pixels, width, 0, height,
                       TJPF_RGB, ctypes.byref(out), ctypes.byref(size),
                       subsampling, 75, 0) != 0:
        raise RuntimeError('tjCompress2 failed')
    data = ctypes.string_at(out, size.value)
    lib.tjFree(out)
    lib.tjDestroy(ctypes.c_void_p(handle))
    return data


def converter_header(format_index, width, height, bytes_per_line=None):
    """The fuzzer's leading choices (v4l2_frame_converter_fuzzer.cc):
    format, then each dimension as a small one (1..64), then the stride."""
    header = bytes([format_index, 1, width - 1, 1, height - 1])
    if bytes_per_line is None:
        return header + b'\0'
    return header + bytes([1]) + struct.pack('>H', bytes_per_line)


def converter():
    t = 'v4l2_frame_converter_fuzzer'
    w, h = 4, 2
    # YUYV, UYVY, NV12, I420, RGB24, BGR24 (kFormats' order).
    sizes = [2 * w * h, 2 * w * h, w * h * 3 // 2, w * h * 3 // 2, 3 * w * h,
             3 * w * h]
    names = ['yuyv', 'uyvy', 'nv12', 'i420', 'rgb24', 'bgr24']
    for index, (name, size) in enumerate(zip(names, sizes)):
        write(t, name, converter_header(index, w, h) +
              bytes((i * 37) % 256 for i in range(size)))
    write(t, 'yuyv_padded', converter_header(0, w, h, 12) + bytes(24))
    write(t, 'nv12_short', converter_header(2, w, h) + bytes(5))
    # MJPEG: 4:2:0, 4:2:2, 4:4:4, grey, 4:4:0 (TJSAMP_*: 2, 1, 0, 3, 4).
    for name, subsampling in [('420', 2), ('422', 1), ('444', 0), ('gray', 3),
                              ('440', 4)]:
        jpeg = tj_encode(16, 8, subsampling)
        write(t, 'mjpeg_' + name, converter_header(6, 16, 8) + jpeg)
    write(t, 'mjpeg_truncated',
          converter_header(6, 16, 8) + tj_encode(16, 8, 2)[:200])


def permissions():
    t = 'permission_store_fuzzer'
    write(t, 'valid',
          '# mediacapture permissions 1\n'
          'https://example.com camera=granted microphone=prompt\n'
          'https://a.example:8443 microphone=denied\n'
          'file:// camera=denied microphone=granted\n')
    write(t, 'broken_lines',
          '# mediacapture permissions 1\n'
          'no-scheme camera=granted\n'
          'https://b.example camera\n'
          'https://c.example camera=maybe\n'
          'https://d.example\n'
          '\n'
          'https://e.example  camera=granted   microphone=denied\r\n')
    write(t, 'empty', '')


def pages():
    t = 'page_parser_fuzzer'
    # The first byte picks the memory limit (3: the default).
    write(t, 'testharness.html', b'\x03' + b'''<!DOCTYPE html>
<meta charset="utf-8">
<title>getUserMedia</title>
<meta name="timeout" content="long">
<script src="/resources/testharness.js"></script>
<script src="/resources/testharnessreport.js"></script>
<script>
promise_test(async () => {
  const stream = await navigator.mediaDevices.getUserMedia({video: true});
  assert_equals(stream.getVideoTracks().length, 1);
}, "one track");
</script>
''')
    write(t, 'script_types.html', b'\x03' + b'''<script type="module">x</script>
<script type="text/json">{"a":1}</script>
<script type="text/javascript1.5">a()</script>
<template><script>b()</script></template>
<script language="javascript">c()</script>
<script>unclosed''')
    write(t, 'nested_small_limit.html',
          b'\x00' + b'<div><b><i>' * 40 + b'<script>x</script>')
    write(t, 'meta.window.js', b'\x03' + b'''// META: title=Wrapped test
// META: script=/common/utils.js
// META: timeout=long
//META:script=  spaced.js
test(() => {});
''')


def structured():
    # Byte strings for the fuzzers that read their input as choices: any
    # bytes decode into something, these into a few devices and sets.
    seeds = {
        'select_settings_fuzzer': [
            bytes([1, 3]) + bytes(range(1, 200, 3)),
            bytes([0, 2]) + bytes(range(255, 40, -5)),
            bytes([1, 4]) + bytes([1, 0, 1, 2, 0, 4, 1, 9, 3]) * 20,
            bytes([0, 1, 0, 3, 0, 1, 2, 3, 4, 5, 6, 0, 0, 0, 1]) * 6,
        ],
        'constraints_conversion_fuzzer': [
            # An object {video: {...}} and one {audio: true, video: [...]}.
            bytes([8, 2, 1, 1, 8, 3, 1, 3, 8, 2, 1, 20, 3, 6, 1, 23, 5, 100,
                   1, 2, 10, 2, 8, 1, 1, 4, 5, 10, 1, 0, 2, 1]),
            bytes([9, 2, 1, 0, 2, 1, 1, 1, 10, 3, 8, 1, 1, 3, 5, 7, 12, 3,
                   4, 6, 2, 11, 2, 5, 9]),
            bytes([8, 1, 1, 1, 13, 1, 1, 2, 1, 5, 1]),
            bytes([14, 1, 8, 2, 1, 0, 2, 1, 1, 1, 15, 1]),
        ],
    }
    for target, inputs in seeds.items():
        for i, data in enumerate(inputs):
            write(target, 'seed_%d' % i, data)


def main():
    y4m()
    wav()
    converter()
    permissions()
    pages()
    structured()


if __name__ == '__main__':
    main()
