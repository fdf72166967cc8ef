// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_MEDIA_VIDEO_FRAME_H_
#define PLATFORM_MEDIA_VIDEO_FRAME_H_

#include <cstdint>
#include <memory>
#include <vector>

namespace mediacapture {

// One I420 picture: a full-size Y plane, then quarter-size U and V planes
// (width and height rounded up for chroma). Immutable once delivered, shared
// between every sink of a source. Any thread.
struct VideoFrame {
  int width = 0;
  int height = 0;
  // Capture time on CLOCK_MONOTONIC, microseconds.
  int64_t timestamp_us = 0;
  // The source's frame counter, from 0, counting delivered frames.
  uint64_t sequence = 0;
  // Y (width*height), then U and V ((width+1)/2 * (height+1)/2 each).
  std::vector<uint8_t> data;

  int chroma_width() const { return (width + 1) / 2; }
  int chroma_height() const { return (height + 1) / 2; }
  uint8_t* y() { return data.data(); }
  uint8_t* u() { return y() + width * height; }
  uint8_t* v() { return u() + chroma_width() * chroma_height(); }
  const uint8_t* y() const { return data.data(); }
  const uint8_t* u() const { return y() + width * height; }
  const uint8_t* v() const { return u() + chroma_width() * chroma_height(); }

  // Allocates the planes for |w|x|h|.
  void Allocate(int w, int h) {
    width = w;
    height = h;
    data.assign(static_cast<size_t>(w) * h +
                    2 * static_cast<size_t>(chroma_width()) * chroma_height(),
                0);
  }
};

using VideoFramePtr = std::shared_ptr<const VideoFrame>;

}  // namespace mediacapture

#endif  // PLATFORM_MEDIA_VIDEO_FRAME_H_
