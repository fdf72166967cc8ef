// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_capture_format.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <tuple>

#include "platform/v4l2/v4l2_errors.h"
#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {

namespace {

// Snaps |value| into [min, max] on the mode's step grid.
int Snap(int value, int min, int max, int step) {
  value = std::min(max, std::max(min, value));
  step = std::max(1, step);
  return min + (value - min) / step * step;
}

}  // namespace

Status ChooseCaptureFormat(const std::vector<VideoCaptureMode>& modes,
                           const VideoCaptureParams& asked,
                           V4l2CaptureFormat* format) {
  VideoCaptureParams params = asked;
  if (params.width <= 0 || params.height <= 0) {
    params.width = kDefaultCaptureWidth;
    params.height = kDefaultCaptureHeight;
  }
  if (modes.empty()) {
    return Status::Error(ErrorCategory::kUnsupported, kV4l2NoUsableMode,
                         "the device has no mode we can capture");
  }
  // Step 1: each mode's nearest size, and how far it is.
  struct Candidate {
    const VideoCaptureMode* mode;
    int width, height;
    int64_t size_distance;
  };
  std::vector<Candidate> candidates;
  int64_t best_size = std::numeric_limits<int64_t>::max();
  for (const VideoCaptureMode& mode : modes) {
    Candidate c{
        &mode,
        Snap(params.width, mode.min_width, mode.max_width, mode.step_width),
        Snap(params.height, mode.min_height, mode.max_height, mode.step_height),
        0};
    c.size_distance = std::llabs(int64_t{c.width} - params.width) +
                      std::llabs(int64_t{c.height} - params.height);
    best_size = std::min(best_size, c.size_distance);
    candidates.push_back(c);
  }
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                  [best_size](const Candidate& c) {
                                    return c.size_distance != best_size;
                                  }),
                   candidates.end());
  // Step 2: a named native format.
  if (params.pixel_format != PixelFormat::kI420 &&
      params.pixel_format != PixelFormat::kUnknown &&
      std::any_of(candidates.begin(), candidates.end(),
                  [&params](const Candidate& c) {
                    return c.mode->pixel_format == params.pixel_format;
                  })) {
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&params](const Candidate& c) {
                                      return c.mode->pixel_format !=
                                             params.pixel_format;
                                    }),
                     candidates.end());
  }
  // Steps 3 to 5, as one lexicographic key; ties keep |modes|' order.
  auto key = [&params](const Candidate& c) {
    const VideoCaptureMode& mode = *c.mode;
    double rate_distance = 0;
    if (params.frame_rate > 0) {
      if (params.frame_rate < mode.min_frame_rate)
        rate_distance = mode.min_frame_rate - params.frame_rate;
      else if (params.frame_rate > mode.max_frame_rate)
        rate_distance = params.frame_rate - mode.max_frame_rate;
    }
    return std::make_tuple(
        rate_distance, PixelFormatRank(mode.pixel_format, c.width, c.height),
        -mode.max_frame_rate);
  };
  const Candidate* best = &candidates[0];
  for (const Candidate& c : candidates) {
    if (key(c) < key(*best))
      best = &c;
  }
  format->pixel_format = best->mode->pixel_format;
  format->width = best->width;
  format->height = best->height;
  format->frame_rate =
      params.frame_rate > 0
          ? std::min(best->mode->max_frame_rate,
                     std::max(best->mode->min_frame_rate, params.frame_rate))
          : best->mode->max_frame_rate;
  return Status::Ok();
}

}  // namespace mediacapture
