// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_EMULATED_PICTURE_H_
#define PLATFORM_V4L2_EMULATED_PICTURE_H_

#include <cstdint>
#include <vector>

#include "platform/capture/capture_mode.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// The emulated driver's picture, defined once in YUV so that tests can check
// every pixel of a converted frame against it:
//  - luma: a horizontal gradient from 64 to 192;
//  - chroma: U a vertical gradient from 112 to 144, V a horizontal one from
//    144 to 112, constant over each 2x2 block so that 4:2:0 and 4:2:2
//    formats carry it losslessly;
//  - a frame counter: kEmulatedPictureCounterBits blocks of 8x8 pixels along
//  the
//    top edge, luma 192 for a one bit and 64 for a zero (least significant
//    bit first), chroma neutral.
// The ranges stay inside the RGB gamut, so the RGB formats round-trip
// within a few levels. Free functions: any thread.
constexpr int kEmulatedPictureCounterBits = 16;
constexpr int kEmulatedPictureBlockSize = 8;

// The pattern for frame |counter| as an I420 frame: the reference a test
// compares a delivered frame with.
void RenderEmulatedPictureI420(int width,
                               int height,
                               uint32_t counter,
                               VideoFrame* frame);

// The pattern as the bytes a driver hands out in |format| (I420, YUYV,
// UYVY, NV12, RGB24, BGR24; MJPEG as a 4:2:2 JPEG of the given |quality|, as
// webcams send). Returns false for a format it cannot produce.
bool RenderEmulatedPicture(PixelFormat format,
                           int width,
                           int height,
                           uint32_t counter,
                           std::vector<uint8_t>* out,
                           int jpeg_quality = 90);

// The counter read back from a delivered frame's luma, or -1 when the frame
// is too small to carry it or a block is neither dark nor bright.
int64_t ReadEmulatedPictureCounter(const VideoFrame& frame);

// The largest absolute difference between two frames of the same size over
// the Y plane (|luma|) or the U and V planes (|chroma|); -1 when the sizes
// differ.
int MaxPlaneDifference(const VideoFrame& a, const VideoFrame& b, bool chroma);

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_EMULATED_PICTURE_H_
