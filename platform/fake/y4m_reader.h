// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_Y4M_READER_H_
#define PLATFORM_FAKE_Y4M_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "platform/fake/fake_media_source.h"
#include "platform/fake/read_only_file.h"

namespace mediacapture {

// Plays a YUV4MPEG2 file (the format Chromium's
// --use-file-for-fake-video-capture takes) as a camera, looping forever.
//
// The stream header gives W and H (required), F rate (n:d; 30 when absent)
// and C, the colour space: the 8-bit 4:2:0 ones (420jpeg, 420paldv, 420mpeg2,
// 420, the default) are read as they are, "mono" gets grey chroma; any other
// (422, 444, 10-bit...) is refused with kUnsupported. I, A and X are ignored.
//
// Open() indexes every complete frame, so a file that lies (a size larger
// than its frames, a truncated last frame, garbage where a FRAME should be)
// plays the frames it really has, and one without a single complete frame is
// refused. Nothing in a file can make it crash or allocate more than one
// frame of W x H, which is capped at kMaxWidth x kMaxHeight.
//
// Opened on any thread; Configure() on the starting thread, NextFrame() on
// the capture thread.
class Y4mReader : public FakeVideoSource {
 public:
  static constexpr int kMaxWidth = 7680;
  static constexpr int kMaxHeight = 4320;
  static constexpr double kDefaultFrameRate = 30;

  enum class ColorSpace { k420, kMono };

  static std::unique_ptr<Y4mReader> Open(const std::string& path,
                                         Status* status);

  int width() const { return width_; }
  int height() const { return height_; }
  double frame_rate() const { return frame_rate_; }
  ColorSpace color_space() const { return color_space_; }
  // Complete frames in the file.
  int frame_count() const { return static_cast<int>(frame_offsets_.size()); }
  // The index of the frame that NextFrame() reads next.
  int next_frame_index() const { return next_frame_; }

  // FakeVideoSource: the file's size only; any rate (frames are paced at the
  // requested rate, one file frame per tick).
  Status Configure(const VideoCaptureParams& params) override;
  double default_frame_rate() const override { return frame_rate_; }
  // Reads the next frame, the first again after the last. kDeviceLost when
  // the file shrank or failed under us.
  Status NextFrame(uint64_t sequence, VideoFrame* frame) override;

 private:
  explicit Y4mReader(std::unique_ptr<ReadOnlyFile> file)
      : file_(std::move(file)) {}

  Status ParseStreamHeader(int64_t* header_end);
  Status IndexFrames(int64_t first_frame);
  size_t frame_bytes() const;

  std::unique_ptr<ReadOnlyFile> file_;
  int width_ = 0;
  int height_ = 0;
  double frame_rate_ = kDefaultFrameRate;
  ColorSpace color_space_ = ColorSpace::k420;
  // Where each complete frame's pixels start.
  std::vector<int64_t> frame_offsets_;
  int next_frame_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_Y4M_READER_H_
